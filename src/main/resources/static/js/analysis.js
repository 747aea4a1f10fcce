// Charts of the analysis dashboard (/statistics/analysis), drawn with ECharts from the figures the page carries in
// <script type="application/json" id="analysisData"> ({figures, labels}: the same figures as GET
// /api/statistics/analysis). Each element with data-analysis="<chart>" gets its chart; without JavaScript the tables
// under each chart carry the numbers.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var source = document.getElementById('analysisData');
  if (!source) {
    return;
  }
  var data = JSON.parse(source.textContent || '{}');
  var f = data.figures;
  var L = data.labels || {};
  if (!f) {
    return;
  }
  var RED = '#b3261e';
  var narrow = window.matchMedia('(max-width: 576px)').matches;

  function pick(list, key) {
    return list.map(function (x) { return x[key]; });
  }
  function orUnknown(s) {
    return s === null || s === undefined ? L.unknown : s;
  }
  function shorten(s, n) {
    return s.length > n ? s.substring(0, n) + '…' : s;
  }
  // Horizontal bars: long Chinese names read better down the side than slanted under the axis.
  function hbars(names, series, opts) {
    opts = opts || {};
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
      grid: { left: 8, right: 24, top: series.length > 1 ? 30 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: opts.decimals ? 0 : 1 },
      yAxis: { type: 'category', inverse: true, data: names,
        axisLabel: { formatter: function (v) { return shorten(v, narrow ? 8 : 16); } } },
      series: series.map(function (s) {
        return { name: s.name, type: 'bar', stack: opts.stack ? 'all' : undefined, data: s.data, barMaxWidth: 28,
          itemStyle: s.color ? { color: s.color } : undefined,
          label: opts.stack ? undefined : { show: series.length === 1, position: 'right' } };
      })
    };
  }

  var builders = {
    categories: function () {
      return hbars(pick(f.categories, 'category'), [
        { name: L.cases, data: pick(f.categories, 'cases'), color: RED },
        { name: L.penalised, data: pick(f.categories, 'penalised'), color: '#e8a29c' }]);
    },
    matters: function () {
      var top = f.matters.slice(0, 15);
      return hbars(pick(top, 'name'), [{ name: L.cases, data: pick(top, 'cases'), color: RED }]);
    },
    agencies: function () {
      return hbars(pick(f.agencies, 'agencyName'), [
        { name: L.open, data: f.agencies.map(function (a) { return a.cases - a.decided; }), color: '#f0ad4e' },
        { name: L.decided, data: f.agencies.map(function (a) { return a.decided - a.closed; }), color: '#e8a29c' },
        { name: L.closed, data: pick(f.agencies, 'closed'), color: RED }], { stack: true });
    },
    months: function () {
      return {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: pick(f.months, 'month') },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: L.filed, type: 'line', smooth: true, data: pick(f.months, 'filed'), itemStyle: { color: RED } },
          { name: L.penalised, type: 'line', smooth: true, data: pick(f.months, 'penalised'),
            itemStyle: { color: '#6c757d' } },
          { name: L['not-penalised'], type: 'line', smooth: true, data: pick(f.months, 'notPenalised'),
            itemStyle: { color: '#0d6efd' } }]
      };
    },
    places: function () {
      // The counties side by side, each bar stacked by its townships (the five largest apart, the rest together).
      var counties = f.places.map(function (c) { return orUnknown(c.county); });
      var rank = ['1', '2', '3', '4', '5'];
      var series = rank.map(function (r, i) {
        return { name: '#' + r, type: 'bar', stack: 'all',
          data: f.places.map(function (c) {
            var t = c.townships[i];
            return t ? { value: t.cases, name: orUnknown(t.township) } : 0;
          }) };
      });
      series.push({ name: '…', type: 'bar', stack: 'all', itemStyle: { color: '#ccc' },
        data: f.places.map(function (c) {
          return c.townships.slice(5).reduce(function (s, t) { return s + t.cases; }, 0);
        }) });
      return {
        tooltip: { trigger: 'item', formatter: function (p) {
          var name = p.data && p.data.name ? p.data.name : p.seriesName;
          return p.name + ' ' + name + ': ' + (p.data && p.data.value !== undefined ? p.data.value : p.value);
        } },
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: counties },
        series: series
      };
    },
    weekdayHours: function () {
      var cells = [];
      var max = 0;
      f.weekdayHours.cells.forEach(function (row, d) {
        row.forEach(function (n, h) {
          cells.push([h, d, n]);
          max = Math.max(max, n);
        });
      });
      var hours = [];
      for (var h = 0; h < 24; h++) {
        hours.push(String(h));
      }
      return {
        tooltip: { formatter: function (p) {
          return f.weekdayHours.weekdays[p.value[1]] + ' ' + p.value[0] + L.hour + ': ' + p.value[2];
        } },
        grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
        xAxis: { type: 'category', data: hours, splitArea: { show: true },
          axisLabel: { interval: narrow ? 2 : 0 } },
        yAxis: { type: 'category', data: f.weekdayHours.weekdays, inverse: true, splitArea: { show: true } },
        visualMap: { min: 0, max: Math.max(max, 1), calculable: true, orient: 'horizontal', left: 'center',
          bottom: 0, itemHeight: narrow ? 120 : 200, inRange: { color: ['#fff7f5', '#e8a29c', RED] } },
        series: [{ type: 'heatmap', data: cells, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }]
      };
    },
    officers: function () {
      var top = f.officers.slice(0, narrow ? 12 : 25);
      return hbars(top.map(function (o) { return o.name; }), [
        { name: L.open, data: pick(top, 'open'), color: '#f0ad4e' },
        { name: L.decided, data: pick(top, 'decided'), color: '#e8a29c' },
        { name: L.closed, data: pick(top, 'closed'), color: RED }], { stack: true });
    },
    stages: function () {
      var all = f.stages.concat([f.reviews.daysToApproval]);
      return hbars(pick(all, 'label'), [
        { name: L['mean-days'], data: pick(all, 'meanDays'), color: RED },
        { name: L['median-days'], data: pick(all, 'medianDays'), color: '#6c757d' }], { decimals: true });
    },
    publicationsByActType: function () {
      return publicationBars(f.publications.byActType, true);
    },
    publicationsByMonth: function () {
      return publicationBars(f.publications.byMonth, false);
    },
    reviewsByMonth: function () {
      var m = f.reviews.byMonth;
      var keys = [['approvedFirstRound', 'approved-first-round', '#198754'],
        ['approvedAfterReturn', 'approved-after-return', '#75b798'], ['returned', 'returned', RED],
        ['pending', 'review-pending', '#f0ad4e'], ['coordinating', 'coordinating', '#6f42c1']];
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: pick(m, 'month') },
        yAxis: { type: 'value', minInterval: 1 },
        series: keys.map(function (k) {
          return { name: L[k[1]], type: 'bar', stack: 'all', data: pick(m, k[0]), itemStyle: { color: k[2] } };
        })
      };
    },
    reviewProblems: function () {
      return {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: narrow ? ['30%', '60%'] : ['35%', '65%'],
          label: { formatter: function (p) { return shorten(p.name, narrow ? 6 : 12) + '\n' + p.value; } },
          data: f.reviews.problemsByArea.map(function (a) { return { name: a.label, value: a.opinions }; }) }]
      };
    }
  };

  function publicationBars(rows, horizontal) {
    var keys = [['onTime', 'on-time', '#198754'], ['late', 'late', '#f0ad4e'], ['overdue', 'overdue', RED],
      ['pending', 'pending', '#0d6efd'], ['notPublished', 'not-published', '#adb5bd']];
    var names = pick(rows, 'label');
    var category = { type: 'category', data: names };
    var value = { type: 'value', minInterval: 1 };
    if (horizontal) {
      category.inverse = true;
    }
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: keys.map(function (k) {
        return { name: L[k[1]], type: 'bar', stack: 'all', data: pick(rows, k[0]), itemStyle: { color: k[2] } };
      })
    };
  }

  var charts = [];
  document.querySelectorAll('[data-analysis]').forEach(function (el) {
    var build = builders[el.getAttribute('data-analysis')];
    if (!build) {
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(build());
    el.setAttribute('data-chart-ready', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
