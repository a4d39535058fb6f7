/** Replaces every occurrence of a secret in a text, so the text can be shown or logged. */
export function redactSecret(text: string, secret: string | null | undefined): string {
  if (!secret) return text
  return text.split(secret).join('[redacted]')
}
