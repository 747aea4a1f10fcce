// Charts of the statistics pages (ECharts). Each element with data-chart names a <script type="application/json">
// holding {kinds, series: [{name, data, amount}], stacked, amountLabel}. One series: a bar per penalty kind. Several
// (a comparison): a bar per agency, stacked by kind, so the heights compare the agencies' totals.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var source = document.getElementById(el.getAttribute('data-chart'));
    if (!source) {
      return;
    }
    var data = JSON.parse(source.textContent || '{}');
    if (!data.kinds || !data.series) {
      return;
    }
    var option;
    if (data.stacked) {
      option = {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 40, right: 10, top: 60, bottom: 90 },
        xAxis: { type: 'category', data: data.series.map(function (s) { return s.name; }),
          axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: data.kinds.map(function (kind, i) {
          return { name: kind, type: 'bar', stack: 'kinds', emphasis: { focus: 'series' },
            data: data.series.map(function (s) { return s.data[i]; }) };
        })
      };
    } else {
      var s = data.series[0] || { data: [], amount: 0, name: '' };
      option = {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        title: { text: data.amountLabel + ' ' + Number(s.amount).toLocaleString(undefined,
          { minimumFractionDigits: 2, maximumFractionDigits: 2 }), right: 10, top: 0,
          textStyle: { fontSize: 12, fontWeight: 'normal' } },
        grid: { left: 40, right: 10, top: 36, bottom: 90 },
        xAxis: { type: 'category', data: data.kinds, axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: s.name, type: 'bar', data: s.data, itemStyle: { color: '#b3261e' },
          label: { show: true, position: 'top' } }]
      };
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    el.setAttribute('data-chart-ready', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
