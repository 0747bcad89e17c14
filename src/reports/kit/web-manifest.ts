// The web app manifest: what makes the kit installable to a phone's home
// screen once it has been opened over HTTP(S), and how it looks there.
export const ICON_FILES = { svg: 'icon.svg', png192: 'icon-192.png', png512: 'icon-512.png' } as const;

export function webManifest(organization: string | undefined): string {
  const name = organization ? `${organization}: go-kit` : 'Continuity plan go-kit';
  return `${JSON.stringify(
    {
      name,
      short_name: 'Go-kit',
      description: 'The continuity of operations plan, walked step by step, with no network.',
      start_url: './index.html',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#000000',
      icons: [
        { src: ICON_FILES.svg, sizes: 'any', type: 'image/svg+xml' },
        { src: ICON_FILES.png192, sizes: '192x192', type: 'image/png' },
        { src: ICON_FILES.png512, sizes: '512x512', type: 'image/png' },
      ],
    },
    null,
    2,
  )}\n`;
}
