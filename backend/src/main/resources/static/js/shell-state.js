// Runs before the first paint (not deferred, no inline script under the Content-Security-Policy): the sidebar state
// this browser remembers, so that a page does not open expanded and then jump. Nothing personal is kept here.
(function () {
  try {
    if (window.localStorage.getItem("laborcase.sidebar") === "collapsed") {
      document.documentElement.classList.add("sidebar-collapsed");
    }
  } catch (ignored) {
    // storage refused (private mode): the sidebar simply opens expanded
  }
})();
