// The report form's period select: choosing another period reopens the form for it, pre-filled from the report
// before it (views._prefill). Without script the chosen period is still what the form sends.
document.addEventListener("DOMContentLoaded", function () {
  var select = document.getElementById("period");
  if (!select) return;
  select.addEventListener("change", function () {
    window.location.href = select.dataset.reload + "?period=" + encodeURIComponent(select.value);
  });
});
