/*
 * portal-assessor report: sorts and filters the report's tables. The pages are complete without it
 * (every row is in the HTML); this only adds sort buttons to column heads and shows the filter forms.
 * No network, no storage, no inline code: served as a file so the viewer's CSP (script-src 'self') allows it.
 */
(function () {
  'use strict';

  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function key(cell, numeric) {
    var raw = cell ? (cell.getAttribute('data-sort') !== null ? cell.getAttribute('data-sort') : cell.textContent) : '';
    if (numeric) {
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return fold(raw);
  }

  function sortBy(table, th, column) {
    var numeric = th.getAttribute('data-sort-type') === 'number';
    var current = th.getAttribute('aria-sort');
    var ascending = numeric ? current === 'descending' : current !== 'ascending';
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th[aria-sort]'), function (other) {
      other.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.__order = i; });
    rows.sort(function (a, b) {
      var x = key(a.cells[column], numeric);
      var y = key(b.cells[column], numeric);
      var c = numeric ? x - y : x.localeCompare(y, 'vi');
      if (c === 0) { return a.__order - b.__order; }
      return ascending ? c : -c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function makeSortable(table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    var headRow = table.tHead.rows[table.tHead.rows.length - 1];
    Array.prototype.forEach.call(headRow.cells, function (th, column) {
      if (th.tagName !== 'TH') { return; }
      var label = th.textContent.trim();
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      if (th.querySelector('a')) {
        button.textContent = '⇅';
        button.setAttribute('aria-label', 'Sắp xếp theo ' + label);
        th.appendChild(document.createTextNode(' '));
        th.appendChild(button);
      } else {
        button.textContent = label;
        button.setAttribute('title', 'Sắp xếp theo ' + label);
        th.textContent = '';
        th.appendChild(button);
      }
      button.addEventListener('click', function () { sortBy(table, th, column); });
    });
  }

  function applyFilter(form, table) {
    var group = form.elements.group ? form.elements.group.value : '';
    var level = form.elements.level ? form.elements.level.value : '';
    var category = form.elements.category ? form.elements.category.value : '';
    var text = form.elements.text ? fold(form.elements.text.value) : '';
    var rows = table.tBodies[0].rows;
    var shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var ok = !group || row.getAttribute('data-group') === group;
      if (ok && level) {
        var levels = (row.getAttribute('data-levels') || '').split(' ');
        ok = levels.some(function (l) {
          return category ? l === category + '-' + level : l.slice(l.indexOf('-') + 1) === level;
        });
      }
      if (ok && text) {
        ok = fold(row.textContent).indexOf(text) >= 0;
      }
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    var out = form.querySelector('output');
    if (out) { out.textContent = 'Hiển thị ' + shown + '/' + rows.length + ' dòng'; }
  }

  function makeFilterable(form) {
    var table = document.getElementById(form.getAttribute('data-filter-for'));
    if (!table || !table.tBodies.length) { return; }
    form.hidden = false;
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('input', function () { applyFilter(form, table); });
    form.addEventListener('change', function () { applyFilter(form, table); });
    applyFilter(form, table);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll('form.filters[data-filter-for]'), makeFilterable);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
