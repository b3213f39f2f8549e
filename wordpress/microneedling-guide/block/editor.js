/* The "Microneedling guide" block in the block editor. Plain script, no
 * build step: it uses WordPress's own globals. The settings sit in the
 * block's sidebar; the preview is the server's rendering of the block (the
 * same code as the shortcode) with the real guide started in it, and a value
 * the guide cannot use shows the same note editors see on the page. */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;
  var fields = window.mngFields || [];

  var choices = {
    lang: [['', __("Site default (or the visitor's browser language)", 'microneedling-guide')], ['en', 'English'], ['es', 'Español']],
    mode: [['', __('Site default (on a page)', 'microneedling-guide')], ['embed', __('On a page (embed)', 'microneedling-guide')], ['standalone', __('As a page of its own', 'microneedling-guide')], ['kiosk', __('On a waiting-room screen (kiosk)', 'microneedling-guide')]],
    start: [['', __('Site default (welcome)', 'microneedling-guide')], ['welcome', __('Welcome', 'microneedling-guide')], ['quiz', __('The quiz', 'microneedling-guide')], ['how-it-works', __('How it works', 'microneedling-guide')]]
  };
  var groups = [
    [__('Your clinic', 'microneedling-guide'), ['clinic-name', 'logo', 'booking-url', 'phone', 'accent']],
    [__('How the guide appears', 'microneedling-guide'), ['mode', 'lang', 'start', 'content', 'share-verdict']],
    [__('Kiosk', 'microneedling-guide'), ['idle-seconds', 'countdown-seconds', 'handoff-url', 'read-aloud']]
  ];

  function control(field, attributes, setAttributes) {
    var set = function (v) { var o = {}; o[field.key] = v; setAttributes(o); };
    if (choices[field.name]) {
      return el(c.SelectControl, {
        key: field.name, label: field.label, value: attributes[field.key],
        options: choices[field.name].map(function (o) { return { value: o[0], label: o[1] }; }),
        onChange: set
      });
    }
    if (field.kind === 'bool') {
      return el(c.ToggleControl, { key: field.name, label: field.label, checked: !!attributes[field.key], onChange: set });
    }
    return el(c.TextControl, {
      key: field.name, label: field.label, value: attributes[field.key] || '',
      help: __('Accepted:', 'microneedling-guide') + ' ' + field.accepted + '. ' + __('Empty uses the site default.', 'microneedling-guide'),
      onChange: set
    });
  }

  wp.blocks.registerBlockType('microneedling-guide/guide', {
    edit: function (props) {
      var byName = {};
      fields.forEach(function (f) { byName[f.name] = f; });
      var panels = groups.map(function (g, i) {
        var controls = g[1].filter(function (n) { return byName[n]; }).map(function (n) { return control(byName[n], props.attributes, props.setAttributes); });
        if (i === 0 && window.mngConfigurator) {
          // Choosing a colour that stays readable is easiest with a live preview.
          controls.push(el('p', { key: 'configurator' }, el(c.ExternalLink, { href: window.mngConfigurator },
            __('Try colours and make your own wording in the configurator', 'microneedling-guide'))));
        }
        return el(c.PanelBody, { key: g[0], title: g[0], initialOpen: i === 0 }, controls);
      });
      return el('div', be.useBlockProps(),
        el(be.InspectorControls, null, panels),
        el(ServerSideRender, { block: 'microneedling-guide/guide', attributes: props.attributes }));
    },
    save: function () { return null; }
  });
})(window.wp);
