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

// The filing form: a select marked data-party-type shows the fields of a natural person (data-party-only="person")
// or of an organisation (data-party-only="organisation") and hides the others.
document.addEventListener('change', function (event) {
  if (!event.target.matches('[data-party-type]')) {
    return;
  }
  var person = event.target.value === 'NATURAL_PERSON';
  var form = event.target.form || document;
  form.querySelectorAll('[data-party-only]').forEach(function (field) {
    field.classList.toggle('d-none', (field.getAttribute('data-party-only') === 'person') !== person);
  });
});
