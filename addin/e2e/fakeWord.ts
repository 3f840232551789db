// A stand-in for office.js, served at the CDN address so the real pane starts in Word mode in
// Chromium. It models just enough of Word (paragraphs, selection, ranges, comments, tracked
// inserts) to drive the pane end to end; load/sync rules are covered by the office-addin-mock
// unit tests. The page exposes the document as window.__word for the test to inspect.
export const FAKE_OFFICE_JS = String.raw`
(function () {
  const doc = { paragraphs: [], selection: 0, tracking: "Off", comments: [], edits: [], handlers: [], xmlParts: [] };
  window.__word = doc;
  const supported = new Set(window.__wordApi || ["1.1", "1.2", "1.3", "1.4"]);

  function collection(items) { return { items: items, load: function () { return this; } }; }
  function Range(from, to) { this.from = from; this.to = to; }
  Range.prototype.getRange = function (edge) {
    if (edge === "Start") return new Range(this.from, this.from);
    if (edge === "End") return new Range(this.to, this.to);
    return this;
  };
  Range.prototype.expandTo = function (other) { return new Range(this.from, other.to); };
  Object.defineProperty(Range.prototype, "paragraphs", {
    get: function () { return collection(doc.paragraphs.slice(this.from, this.to + 1).map(function (_, i) { return paragraph(this.from + i); }, this)); },
  });
  Range.prototype.select = function () { doc.selection = this.from; doc.selected = [this.from, this.to]; };
  Range.prototype.insertComment = function (text) { doc.comments.push({ from: this.from, to: this.to, text: text }); };
  Range.prototype.insertText = function (text, location) {
    doc.edits.push({ kind: "text", location: location, from: this.from, to: this.to, tracking: doc.tracking, text: text });
    if (location === "Replace") doc.paragraphs.splice(this.from, this.to - this.from + 1, text);
    return new Range(this.from, this.from);
  };
  Range.prototype.insertParagraph = function (text, location) {
    doc.edits.push({ kind: "paragraph", location: location, after: this.to, tracking: doc.tracking, text: text });
    const at = location === "End" ? doc.paragraphs.length : this.to + 1;
    doc.paragraphs.splice(at, 0, text);
    return new Range(at, at);
  };
  Range.prototype.search = function (text) {
    const hits = [];
    const whole = doc.paragraphs[this.from];
    for (let at = whole.indexOf(text); at >= 0; at = whole.indexOf(text, at + text.length)) hits.push(new Range(this.from, this.from));
    doc.searches = (doc.searches || 0) + 1;
    return collection(hits);
  };
  // WordApi 1.6: the tracked changes in a range (one per paragraph that has a revision), which can
  // be selected, accepted or rejected; a paragraph left empty by that leaves the document.
  function trackedChanges(from, to) {
    const revisions = doc.revisions || {};
    const indexes = Object.keys(revisions).map(Number).filter(function (i) { return i >= from && i <= to; }).sort(function (a, b) { return b - a; });
    const items = indexes.map(function (i) { return { type: "Modified", getRange: function () { return new Range(i, i); } }; });
    function settle(accept) {
      indexes.forEach(function (i) {
        const text = accept ? revisions[i].current : revisions[i].original;
        delete revisions[i];
        if (text !== "") { doc.paragraphs[i] = text; return; }
        doc.paragraphs.splice(i, 1);
        const moved = {};
        Object.keys(revisions).map(Number).forEach(function (k) { moved[k > i ? k - 1 : k] = revisions[k]; });
        doc.revisions = revisions = moved;
      });
      doc.resolved = (doc.resolved || 0) + indexes.length;
    }
    const c = collection(items.reverse());
    c.acceptAll = function () { settle(true); };
    c.rejectAll = function () { settle(false); };
    return c;
  }
  Range.prototype.getTrackedChanges = function () { return trackedChanges(this.from, this.to); };
  Range.prototype.load = function () { return this; };
  function paragraph(i) {
    const r = new Range(i, i);
    r.text = doc.paragraphs[i];
    // WordApi 1.4: the paragraph with its tracked changes rejected ("Original") or accepted ("Current").
    r.getReviewedText = function (version) {
      const revision = (doc.revisions || {})[i];
      const text = revision ? (version === "Original" ? revision.original : revision.current) : doc.paragraphs[i];
      return { value: text + "\r" };
    };
    return r;
  }
  function xmlPart(i) {
    return {
      id: "part-" + i,
      getXml: function () { return { get value() { return doc.xmlParts[i]; } }; },
      setXml: function (xml) { doc.xmlParts[i] = xml; },
      delete: function () { doc.xmlParts.splice(i, 1); },
    };
  }
  const context = {
    document: {
      get changeTrackingMode() { return doc.tracking; },
      set changeTrackingMode(mode) { doc.tracking = mode; },
      body: {
        get paragraphs() { return collection(doc.paragraphs.map(function (_, i) { return paragraph(i); })); },
        getRange: function (edge) { return new Range(0, Math.max(0, doc.paragraphs.length - 1)).getRange(edge); },
        getTrackedChanges: function () { return collection(Object.keys(doc.revisions || {}).map(function () { return { type: "Modified" }; })); },
        search: function (text) {
          const hits = [];
          doc.paragraphs.forEach(function (p, i) { if (p.indexOf(text) >= 0) hits.push(new Range(i, i)); });
          doc.searches = (doc.searches || 0) + 1;
          return collection(hits);
        },
        insertParagraph: function (text, location) { return new Range(doc.paragraphs.length - 1, doc.paragraphs.length - 1).insertParagraph(text, location); },
      },
      getSelection: function () { return new Range(doc.selection, doc.selection); },
      customXmlParts: {
        getByNamespace: function (ns) {
          return collection(doc.xmlParts.map(function (_, i) { return i; }).filter(function (i) { return doc.xmlParts[i].indexOf('xmlns="' + ns + '"') >= 0; }).map(xmlPart));
        },
        add: function (xml) { doc.xmlParts.push(xml); return xmlPart(doc.xmlParts.length - 1); },
      },
    },
    sync: function () { return Promise.resolve(); },
  };
  window.Office = {
    HostType: { Word: "Word" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    onReady: function () { return Promise.resolve({ host: "Word", platform: "PC" }); },
    context: {
      requirements: { isSetSupported: function (name, version) { return name === "WordApi" && supported.has(version); } },
      document: {
        addHandlerAsync: function (_type, handler) { doc.handlers.push(handler); },
        removeHandlerAsync: function () {},
      },
    },
  };
  window.Word = {
    run: function (batch) { return batch(context); },
    ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
    ChangeTrackingVersion: { original: "Original", current: "Current" },
  };
  /** The test moves the cursor as a reviewer would, and Word tells the pane. */
  window.__moveSelection = function (index) { doc.selection = index; doc.handlers.forEach(function (h) { h({}); }); };
})();
`;
