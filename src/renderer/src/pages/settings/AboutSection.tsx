import type { AppInfo } from './DesktopSection'

export function AboutSection({ info }: { info: AppInfo }) {
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      <p className="muted">
        {info.name} {info.version} · {info.platform} · connected to {info.apiBaseUrl}
      </p>
    </section>
  )
}
