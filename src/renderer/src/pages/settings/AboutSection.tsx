import { call, useQuery } from '../../api'

export function AboutSection() {
  const info = useQuery('app:info', () => call('app:info'), { scopes: [] })
  if (!info.data) return null
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      <p className="muted">
        {info.data.name} {info.data.version} · {info.data.platform} · connected to {info.data.apiBaseUrl}
      </p>
    </section>
  )
}
