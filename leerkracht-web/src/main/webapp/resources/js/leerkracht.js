/* The platform's own few lines of script, beside PrimeFaces'. */
var lk = {
    /**
     * After a form was sent and refused: bring its first error into view and put the focus there, so
     * the user (also with a keyboard or a screen reader) is not left at the top of a long page or
     * behind a dialog. In an open dialog the dialog's own errors come first. The focus goes to the
     * first field marked invalid, else to the first error message.
     */
    showError: function () {
        var dialogs = document.querySelectorAll('.ui-dialog[aria-hidden="false"]');
        var scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
        // Only what this answer put in the page: an error left over elsewhere (say in an upload
        // widget the answer did not touch) is not the user's concern now.
        var fresh = function (root, selector) {
            return Array.from(root.querySelectorAll(selector)).find(function (e) {
                return !lk.before || !lk.before.has(e);
            });
        };
        var veld = fresh(scope, lk.INVALID);
        var melding = fresh(scope, lk.ERRORS) || fresh(document, lk.ERRORS);
        if (!veld && !melding) {
            return false;
        }
        if (melding) {
            melding.scrollIntoView({block: 'center'});
        }
        if (veld) {
            veld.focus({preventScroll: !!melding && veld.getBoundingClientRect().top >= 0
                    && veld.getBoundingClientRect().bottom <= window.innerHeight});
        } else {
            melding.setAttribute('tabindex', '-1');
            melding.focus({preventScroll: true});
        }
        return true;
    },

    INVALID: 'input[aria-invalid="true"], textarea[aria-invalid="true"], select[aria-invalid="true"],'
            + ' input.ui-state-error, textarea.ui-state-error',
    ERRORS: '.ui-messages-error, .ui-message-error',

    /** The errors on the page when the user sent the form. */
    before: null,

    /** When the user last sent a form with a button: only their own requests may move the focus. */
    sentAt: 0,

    /** Set when the page is left: a request it cuts off is no failure to tell of. */
    leaving: false,

    /**
     * An ajax request the server refused (4xx, 5xx) or never answered: PrimeFaces shows nothing then, so
     * the page says it itself, until the user closes the message or the page is loaded anew (a poll
     * that succeeds meanwhile does not take it away). A server error inside an ajax answer is no such
     * case: that answer sends the browser to the error page.
     */
    ajaxFailed: function (xhr) {
        var box = document.getElementById('ajaxFout');
        if (!box || lk.leaving || (xhr && xhr.statusText === 'abort')) {
            return;
        }
        // Built only now, in PrimeFaces' look: an empty error box would count as an error on the page.
        var message = document.createElement('div');
        message.className = 'ui-messages-error ui-corner-all';
        var close = document.createElement('a');
        close.href = '#';
        close.className = 'ui-messages-close';
        close.setAttribute('role', 'button');
        close.setAttribute('aria-label', box.getAttribute('data-sluiten'));
        var cross = document.createElement('span');
        cross.className = 'pi pi-times';
        close.append(cross);
        close.addEventListener('click', function (event) {
            event.preventDefault();
            box.hidden = true;
            box.replaceChildren();
        });
        var icon = document.createElement('span');
        icon.className = 'ui-messages-error-icon';
        var text = document.createElement('span');
        text.className = 'ui-messages-error-summary';
        text.textContent = box.getAttribute(xhr && xhr.status > 0 ? 'data-geweigerd' : 'data-verbinding');
        message.append(close, icon, text);
        box.className = 'lk-ajax-fout ui-messages ui-widget';
        box.replaceChildren(message);
        box.hidden = false;
        box.scrollIntoView({block: 'center'});
    }
};

document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('button, input[type="submit"], .ui-button, .ui-commandlink')) {
        lk.sentAt = Date.now();
        lk.before = new Set(document.querySelectorAll(lk.ERRORS + ', ' + lk.INVALID));
    }
}, true);

window.addEventListener('pagehide', function () {
    lk.leaving = true;
});
window.addEventListener('beforeunload', function () {
    lk.leaving = true;
});
window.addEventListener('pageshow', function () {
    lk.leaving = false;
});

document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
        // PrimeFaces' own requests announce themselves with pfAjaxError; an upload widget's with jQuery's global event.
        jQuery(document).on('pfAjaxError ajaxError', function (event, xhr) {
            lk.ajaxFailed(xhr);
        });
        // A refused form: its errors into view and the focus on the first (a poll never moves it).
        jQuery(document).on('pfAjaxComplete', function () {
            if (Date.now() - lk.sentAt < 30000) {
                lk.sentAt = 0;
                // After PrimeFaces has put the answer in the page and shown or hidden its dialogs.
                window.setTimeout(lk.showError, 0);
            }
        });
    }
});
