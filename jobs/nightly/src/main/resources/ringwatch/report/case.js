// ringwatch case file: draws the cluster's graph (ECharts, loaded before this file) from the JSON
// in #case-data and lists the evidence rows of a clicked node. Shared by every case file of a night.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('case-data').textContent);
  var BAND = { critical: '#b71c1c', high: '#ef6c00', medium: '#f9a825', low: '#90a4ae' };
  var FAMILY = { money: '#2e7d32', laptops: '#6a1b9a', identity: '#1565c0', network: '#546e7a' };
  var valueById = {};
  data.values.forEach(function (v) { valueById[v.id] = v; });

  var nodes = [];
  var links = [];
  data.members.forEach(function (m) {
    nodes.push({
      id: 'w:' + m.workerId, name: m.workerId, kind: 'worker', band: m.band, score: m.score,
      symbol: 'circle', symbolSize: 18, itemStyle: { color: BAND[m.band] || '#90a4ae' },
      label: { show: true, position: 'right', fontSize: 11 }
    });
  });
  data.values.forEach(function (v) {
    nodes.push({
      id: 'v:' + v.id, name: v.words + ': ' + v.masked, kind: 'value', valueId: v.id,
      symbol: 'rect', symbolSize: 12 + Math.min(10, 2 * v.holders.length),
      itemStyle: { color: FAMILY[v.family] || FAMILY.identity },
      label: { show: data.values.length <= 40, position: 'bottom', fontSize: 10, color: '#555' }
    });
    v.holders.forEach(function (w) { links.push({ source: 'w:' + w, target: 'v:' + v.id }); });
  });

  var small = nodes.length <= 30;
  var chart = echarts.init(document.getElementById('graph'), null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: function (p) {
        if (p.dataType !== 'node') { return ''; }
        var d = p.data;
        return echarts.format.encodeHTML(d.kind === 'worker'
          ? d.name + ' (' + d.band + ', score ' + d.score.toFixed(1) + ')'
          : d.name + ' (held by ' + valueById[d.valueId].holders.length + ')');
      }
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: false,
      // Spread a small ring over the box; a large one tighter (the reader can zoom and pan).
      force: small ? { repulsion: 900, edgeLength: [90, 170], gravity: 0.08, layoutAnimation: false }
        : { repulsion: 220, edgeLength: [40, 110], gravity: 0.1, layoutAnimation: false },
      data: nodes, links: links,
      labelLayout: { hideOverlap: true },
      lineStyle: { color: '#b0b7c3', width: 1 },
      emphasis: { focus: 'adjacency' },
      // The clicked node stays outlined while its rows are listed.
      selectedMode: 'single',
      select: { itemStyle: { borderColor: '#111', borderWidth: 3 } }
    }]
  });
  window.ringwatchCase = { chart: chart, data: data };
  window.addEventListener('resize', function () { chart.resize(); });

  var title = document.getElementById('evidence-title');
  var body = document.querySelector('#evidence tbody');
  function cell(tr, text) {
    var td = document.createElement('td');
    td.textContent = text;
    tr.appendChild(td);
  }
  function show(heading, rows) {
    title.textContent = '';
    var b = document.createElement('b');
    b.textContent = heading;
    title.appendChild(b);
    title.appendChild(document.createTextNode(' \u00b7 ' + rows.length + (rows.length === 1 ? ' input row' : ' input rows')));
    body.textContent = '';
    rows.forEach(function (e) {
      var v = valueById[e.value];
      var tr = document.createElement('tr');
      cell(tr, e.worker);
      cell(tr, v.words + ': ' + v.masked);
      cell(tr, e.dataset);
      cell(tr, e.recordId);
      body.appendChild(tr);
    });
    if (rows.length === 0) {
      var tr = document.createElement('tr');
      cell(tr, 'No evidence row on this page for it.');
      tr.firstChild.colSpan = 4;
      body.appendChild(tr);
    }
  }
  chart.on('click', function (p) {
    if (p.dataType !== 'node') { return; }
    var d = p.data;
    if (d.kind === 'worker') {
      show('Worker ' + d.name, data.evidence.filter(function (e) { return e.worker === d.name; }));
    } else {
      show(d.name, data.evidence.filter(function (e) { return e.value === d.valueId; }));
    }
  });
})();
