// Portal's additions to Decap CMS, published as /admin/portal-cms.js after decap-cms.js (src/Portal/Cms/CmsOutput.cs).
// Decap reads config.yml only after this file has run, so what is registered here is in place when it does.
(function (CMS, h, createClass) {
  'use strict';

  // The backends the generated configuration can name: the git hosts of CmsBackend.ApiOrigins, and decap-server's proxy.
  var backends = ['github', 'gitlab', 'proxy'];

  // A folder collection lists every .md file of its folder: Decap 3.16's `filter` keeps entries whose field equals a
  // value and cannot leave a file out by name. A section's own index.md is edited under "pages" with the form of its
  // kind, so each backend's folder listing drops the folder's index.md.
  function withoutSectionPage(folder, entries) {
    var sectionPage = folder.replace(/\/+$/, '') + '/index.md';
    var kept = entries.filter(function (entry) { return entry.file.path !== sectionPage; });
    // Decap keeps the listing's page cursor under a symbol of the array.
    Object.getOwnPropertySymbols(entries).forEach(function (symbol) { kept[symbol] = entries[symbol]; });
    return kept;
  }

  function filterListing(implementation, method) {
    var list = implementation[method];
    if (typeof list !== 'function') {
      return;
    }

    implementation[method] = function (folder) {
      return Promise.resolve(list.apply(implementation, arguments)).then(function (entries) {
        return withoutSectionPage(folder, entries);
      });
    };
  }

  // An attachment may sit in a sub-folder of files/ (`file: ita/report.pdf`), but Decap 3.16 asks the backend for its
  // media folder plus the file's base name only (input/files/report.pdf), which is not there. So the attachments of each
  // entry read are remembered by base name, and a request for one is sent to its real place.
  var attachmentLine = /^[ \t-]*file:[ \t]*["']?([^"'\n]+\/[^"'\n\/]+?)["']?[ \t]*$/gm;
  var attachmentsByName = {};

  function rememberAttachments(entries) {
    (Array.isArray(entries) ? entries : [entries]).forEach(function (entry) {
      var text = entry && typeof entry.data === 'string' ? entry.data : '';
      text.replace(attachmentLine, function (line, file) {
        attachmentsByName[file.slice(file.lastIndexOf('/') + 1)] = file;
        return line;
      });
    });
    return entries;
  }

  function rememberFrom(implementation, method) {
    var read = implementation[method];
    if (typeof read === 'function') {
      implementation[method] = function () {
        return Promise.resolve(read.apply(implementation, arguments)).then(rememberAttachments);
      };
    }
  }

  function findInSubFolder(implementation) {
    var getMediaFile = implementation.getMediaFile;
    implementation.getMediaFile = function (path) {
      var slash = path.lastIndexOf('/');
      var file = attachmentsByName[path.slice(slash + 1)];
      return getMediaFile.call(implementation, file ? path.slice(0, slash + 1) + file : path);
    };
  }

  backends.forEach(function (name) {
    var backend = CMS.getBackend(name);
    var init = backend.init;
    backend.init = function () {
      var implementation = init.apply(this, arguments);
      filterListing(implementation, 'entriesByFolder');
      filterListing(implementation, 'allEntriesByFolder');
      ['getEntry', 'entriesByFolder', 'allEntriesByFolder', 'entriesByFiles'].forEach(function (method) {
        rememberFrom(implementation, method);
      });
      findInSubFolder(implementation);
      return implementation;
    };
  });

  // "list-or-none": a list that may instead be the text a kind accepts for "there is none" (documents: ไม่มี), so a
  // form can say so explicitly; an empty list stays an error. The field's `none` is that text, shown beside a checkbox.
  var list = CMS.getWidget('list');

  // Errors of the list's items (a document without its name) would outlive the items once "none" hides them and keep
  // the entry from being saved; Decap clears a field's errors one field at a time.
  function clearItemErrors(props) {
    var errors = props.fieldsErrors ? props.fieldsErrors.toJS() : {};
    Object.keys(errors).forEach(function (id) {
      if (errors[id].some(function (error) { return (error.parentIds || []).indexOf(props.forID) >= 0; })) {
        props.clearFieldErrors(id);
      }
    });
  }

  var ListOrNoneControl = createClass({
    // Decap validates a control through its validate() when it has one. With items, the list's checks each item; else
    // the field's own check (required: neither an item nor "none" is refused). The list's own would not do for an empty
    // value: its count check replaces the field's errors with none.
    validate: function () {
      var items = this.props.value;
      if (this.list && items && items.size > 0) {
        this.list.validate();
      } else {
        this.props.validate();
      }
    },

    render: function () {
      var self = this;
      var props = this.props;
      var none = props.field.get('none');
      var isNone = props.value === none;
      var choice = h('label', null,
        h('input', {
          type: 'checkbox',
          id: props.forID + '-none',
          checked: isNone,
          onChange: function (event) {
            if (event.target.checked) {
              clearItemErrors(props);
            }

            props.onChange(event.target.checked ? none : undefined);
          },
        }),
        ' ' + none);
      if (isNone) {
        return h('div', null, choice);
      }

      var listProps = Object.assign({}, props, {
        ref: function (control) { self.list = control; },
        // The form validates this control, which asks the list while there is one; the list must not register itself
        // in its place, or the form keeps asking a list that "none" has removed.
        controlRef: undefined,
        field: props.field.set('widget', 'list'),
        value: typeof props.value === 'string' ? undefined : props.value,
      });
      return h('div', null, choice, h(list.control, listProps));
    },
  });

  function ListOrNonePreview(props) {
    return typeof props.value === 'string' ? h('p', null, props.value) : h(list.preview, props);
  }

  CMS.registerWidget('list-or-none', ListOrNoneControl, ListOrNonePreview);

  // "thai-date": a date typed as day/month/year, the year in the Buddhist era (2569) or not (2026), saved as YYYY-MM-DD
  // as the check reads it. Decap's date widget is the browser's date input, which shows the browser's order (often
  // month first) and, kept free of time-zone shifts, "UTC" beside it. The text is shown as typed until it is a whole date.
  var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
  var typedDate = /^\s*(\d{1,2})\s*[\/.-]\s*(\d{1,2})\s*[\/.-]\s*(\d{4})\s*$/;
  var buddhistEraOffset = 543;

  function pad(number) {
    return (number < 10 ? '0' : '') + number;
  }

  // A date read from the file may come as a Date (midnight UTC) or as text.
  function asIso(value) {
    if (value instanceof Date && !isNaN(value.getTime())) {
      return value.getUTCFullYear() + '-' + pad(value.getUTCMonth() + 1) + '-' + pad(value.getUTCDate());
    }

    return typeof value === 'string' ? value : '';
  }

  function parseTyped(text) {
    var parts = typedDate.exec(text);
    if (!parts) {
      return null;
    }

    var day = +parts[1];
    var month = +parts[2];
    var year = +parts[3];
    if (year > 2400) {
      year -= buddhistEraOffset;
    }

    var date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
      ? year + '-' + pad(month) + '-' + pad(day)
      : null;
  }

  var ThaiDateControl = createClass({
    isValid: function () {
      var value = asIso(this.props.value);
      return value === '' || isoDate.test(value) ? true : { error: { message: 'ใส่วันที่แบบ วัน/เดือน/ปี พ.ศ. เช่น 20/11/2569' } };
    },

    render: function () {
      var props = this.props;
      var value = asIso(props.value);
      var iso = isoDate.exec(value);
      return h('input', {
        type: 'text',
        id: props.forID,
        className: props.classNameWrapper,
        inputMode: 'numeric',
        autoComplete: 'off',
        placeholder: 'วว/ดด/ปปปป เช่น 20/11/2569',
        value: iso ? iso[3] + '/' + iso[2] + '/' + (+iso[1] + buddhistEraOffset) : value,
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
        onChange: function (event) {
          var text = event.target.value;
          props.onChange(text === '' ? '' : parseTyped(text) || text);
        },
      });
    },
  });

  function ThaiDatePreview(props) {
    return h('p', null, asIso(props.value));
  }

  CMS.registerWidget('thai-date', ThaiDateControl, ThaiDatePreview);
})(window.CMS, window.h, window.createClass);
