// Upload page: send each chosen file on its own request so each gets a progress bar and its own result.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var input = document.getElementById("upload-files");
  var list = document.getElementById("upload-results");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  // The page's own sentences come from the template (data-server-error, data-network-error), in its language.

  function row(file) {
    var li = document.createElement("li");
    li.className = "pending";
    var name = document.createElement("span");
    name.className = "name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    var message = document.createElement("span");
    message.className = "message";
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(message);
    list.appendChild(li);
    return { li: li, name: name, bar: bar, message: message };
  }

  function show(r, result) {
    r.li.className = result.ok ? "ok" : "error";
    r.bar.value = 100;
    // The server's sentence names the file itself; a sentence of our own (network error) keeps the name shown.
    if (result.filename !== undefined) { r.name.textContent = ""; }
    r.message.textContent = " " + result.message + " ";
    if (result.url) {
      var a = document.createElement("a");
      a.href = result.url;
      a.textContent = result.title;  // textContent: titles come from untrusted documents
      a.className = "result-link";
      r.message.appendChild(a);
    }
  }

  function send(file, r) {
    return new Promise(function (resolve) {
      var data = new FormData();
      data.append("files", file);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("X-CSRFToken", token);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { r.bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener("load", function () {
        var result;
        try { result = JSON.parse(xhr.responseText).results[0]; }
        catch (err) { result = { ok: false, message: form.dataset.serverError.replace("{status}", xhr.status) }; }
        show(r, result);
        resolve();
      });
      xhr.addEventListener("error", function () {
        show(r, { ok: false, message: form.dataset.networkError });
        resolve();
      });
      xhr.send(data);
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var files = Array.prototype.slice.call(input.files);
    if (!files.length) { return; }
    var rows = files.map(row);
    // One file at a time: a shared office link stays usable while a batch goes up.
    files.reduce(function (p, file, i) {
      return p.then(function () { return send(file, rows[i]); });
    }, Promise.resolve()).then(function () {
      input.value = "";
      list.setAttribute("data-done", String(list.querySelectorAll("li.ok, li.error").length));
    });
  });
})();
