/** An API failure: the server turns it into the error envelope with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const validation = (message: string) => new ApiError(400, 'validation_error', message)
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`)
export const conflict = (code: string, message: string) => new ApiError(409, code, message)
