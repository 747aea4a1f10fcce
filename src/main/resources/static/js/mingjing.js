// htmx requests carry the CSRF token of the page, so browser-session forms stay protected.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A select marked data-autosubmit submits its form on change (no inline handlers: the CSP forbids them).
document.addEventListener('change', function (event) {
  if (event.target.matches('[data-autosubmit]') && event.target.form) {
    event.target.form.submit();
  }
});
