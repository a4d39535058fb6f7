/** The zone arithmetic lives in shared code (main's insight uses it too); the renderer's modules import it here. */
export * from '../../shared/zone'
