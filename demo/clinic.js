// The demo clinic's own script: logs the widget's events, as a clinic would
// forward them to its analytics. It only ever sees what the widget sends.
const log = document.getElementById('log');
for (const name of ['mg-ready', 'mg-step', 'mg-complete', 'mg-book-click']) {
  document.addEventListener(name, (event) => {
    const guides = [...document.querySelectorAll('microneedling-guide')];
    const which = guides.indexOf(event.target) + 1;
    const item = document.createElement('li');
    item.textContent = `guide ${which}: ${event.type} ${JSON.stringify(event.detail)}`;
    log.append(item);
    // A real clinic might forward here, e.g. window.dataLayer?.push({ event: event.type, ...event.detail });
  });
}
