// Every page: the header menu on a phone, and a question before steps that are hard to undo.
// The strict CSP forbids inline scripts, so pages say what they want with data- attributes.
(function () {
  "use strict";
  var toggle = document.getElementById("menu-toggle");
  var bar = document.getElementById("topbar");
  if (toggle && bar) {
    toggle.addEventListener("click", function () {
      var open = bar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  // <form data-confirm="…"> or <button data-confirm="…">: ask once; "cancel" leaves everything as it was.
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var question = (button && button.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  // <button data-print>: print the page (the bulletin's print CSS hides the header and the forms).
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) {
      window.print();
    }
  });
}());
