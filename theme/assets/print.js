// The print page's button opens the print dialog; without JavaScript it stays hidden (the browser's menu prints).
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".print-button")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
