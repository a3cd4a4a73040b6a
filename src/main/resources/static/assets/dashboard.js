// Draws the overdue dashboard's charts from the JSON the server embeds in #dashboard-data (CSP: no inline script).
(function () {
  'use strict';

  function bar(element, counts, color) {
    var names = Object.keys(counts);
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: names.map(function (n) { return counts[n]; }), itemStyle: { color: color } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-drawn', names.length);
  }

  function draw() {
    var source = document.getElementById('dashboard-data');
    if (!source || !window.echarts) {
      return;
    }
    var data = JSON.parse(source.textContent);
    bar(document.getElementById('chart-by-mission'), data.byMission, '#b3261e');
    bar(document.getElementById('chart-by-age'), data.byAge, '#8a5a00');
    bar(document.getElementById('chart-by-stage'), data.byStage, '#1f5f99');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
