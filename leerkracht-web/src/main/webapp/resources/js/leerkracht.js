/* The platform's own few lines of script, beside PrimeFaces'. */
var lk = {
    /** After a form was sent: bring its first error into view, also when it is at the top of a long page. */
    showError: function () {
        var fout = document.querySelector('.ui-messages-error, .ui-message-error');
        if (fout) {
            fout.scrollIntoView({block: 'center'});
        }
    },

    /**
     * An ajax request the server refused (4xx, 5xx) or never answered: PrimeFaces shows nothing then, so
     * the page says it itself. A server error inside an ajax answer is no such case: that answer sends
     * the browser to the error page.
     */
    ajaxFailed: function (xhr) {
        var box = document.getElementById('ajaxFout');
        if (!box || (xhr && xhr.statusText === 'abort')) {
            return;
        }
        // Built only now, in PrimeFaces' look: an empty error box would count as an error on the page.
        var message = document.createElement('div');
        message.className = 'ui-messages-error ui-corner-all';
        var icon = document.createElement('span');
        icon.className = 'ui-messages-error-icon';
        var text = document.createElement('span');
        text.className = 'ui-messages-error-summary';
        text.textContent = box.getAttribute(xhr && xhr.status > 0 ? 'data-geweigerd' : 'data-verbinding');
        message.append(icon, text);
        box.className = 'lk-ajax-fout ui-messages ui-widget';
        box.replaceChildren(message);
        box.hidden = false;
        box.scrollIntoView({block: 'center'});
    },

    /** A later request that did arrive takes the message away again. */
    ajaxArrived: function () {
        var box = document.getElementById('ajaxFout');
        if (box) {
            box.hidden = true;
            box.replaceChildren();
        }
    }
};

document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
        // PrimeFaces' own requests announce themselves with pfAjax*; an upload widget's with jQuery's global events.
        jQuery(document).on('pfAjaxError ajaxError', function (event, xhr) {
            lk.ajaxFailed(xhr);
        }).on('pfAjaxSuccess ajaxSuccess', lk.ajaxArrived);
    }
});
