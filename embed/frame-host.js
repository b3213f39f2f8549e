// For sites that allow only iframes. On the clinic's page:
//   <iframe src="https://GUIDE-HOST/PATH/?mode=embed&parent-origin=https://CLINIC-ORIGIN"
//           title="Microneedling guide" data-microneedling-guide width="100%" height="900"></iframe>
//   <script src="PATH/frame-host.js" defer></script>
// The guide posts its height only to the exact parent origin it was given;
// this script accepts it only from that frame's own origin and window.
(() => {
  const frames = () => document.querySelectorAll('iframe[data-microneedling-guide]');
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'microneedling-guide:height') return;
    for (const frame of frames()) {
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) return;
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0 && height < 20000) {
        frame.setAttribute('height', String(Math.ceil(height)));
        frame.setAttribute('scrolling', 'no');
      }
      return;
    }
  });
})();
