/* The platform's own few lines of script, beside PrimeFaces'. */
var lk = {
    /**
     * After a form was sent and refused: bring its first error into view and put the focus there, so
     * the user (also with a keyboard or a screen reader) is not left at the top of a long page or
     * behind a dialog. In an open dialog the dialog's own errors come first. The focus goes to the
     * first field marked invalid, else to the first error message.
     */
    showError: function (sent) {
        var dialogs = document.querySelectorAll('.ui-dialog[aria-hidden="false"]');
        var scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
        // Only what this answer put in the page: an error left over elsewhere (say in an upload
        // widget the answer did not touch) is not the user's concern now.
        var fresh = function (root, selector) {
            return Array.from(root.querySelectorAll(selector)).find(function (e) {
                return !sent.errorsBefore.has(e);
            });
        };
        var veld = fresh(scope, lk.INVALID);
        var melding = fresh(scope, lk.ERRORS) || fresh(document, lk.ERRORS);
        if (!veld && !melding) {
            return;
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
    },

    INVALID: 'input[aria-invalid="true"], textarea[aria-invalid="true"], select[aria-invalid="true"],'
            + ' input.ui-state-error, textarea.ui-state-error',
    ERRORS: '.ui-messages-error, .ui-message-error',

    /**
     * When the user last pressed a control that may send a form, and the errors
     * the page showed then. Only their own requests may move the focus; null when none is pending.
     */
    sent: null,

    /** The control the user last pressed, and when: where the focus returns when a dialog it opened closes. */
    pressed: null,

    /** Set when the page is left: a request it cuts off is no failure to tell of. */
    leaving: false,

    /** The containers PrimeFaces lets scroll when what they hold is wider or taller than they are. */
    SCROLLERS: '.ui-datatable-tablewrapper, .ui-datatable-scrollable-body, .ui-treetable-scrollable-body',

    /**
     * A dialog that grew after an answer (a form's errors above its fields) stays where it was
     * opened, so its bottom and its buttons could fall below the window; it is placed again, its
     * content scrolling inside (see the stylesheet).
     */
    keepDialogsInView: function () {
        if (!window.PrimeFaces || !PrimeFaces.widgets || !PrimeFaces.widget.Dialog) {
            return;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.Dialog && widget.jq && widget.jq.is(':visible')) {
                var box = widget.jq[0].getBoundingClientRect();
                if (box.top < 0 || box.bottom > window.innerHeight) {
                    widget.initPosition();
                }
            }
        });
    },

    /**
     * A table too wide for its place scrolls sideways; a keyboard user can only scroll what can take
     * the focus, and a screen reader announces it by its name. So a container that scrolls now gets a
     * tab stop and the name of the heading above it; one that no longer scrolls loses them again.
     */
    scrollRegionsFocusable: function () {
        document.querySelectorAll(lk.SCROLLERS).forEach(function (region) {
            var scrolls = region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1;
            if (scrolls && !region.hasAttribute('tabindex')) {
                region.setAttribute('tabindex', '0');
                region.setAttribute('role', 'region');
                region.setAttribute('aria-label', lk.nameOf(region));
                region.dataset.lkScroll = 'true';
            } else if (!scrolls && region.dataset.lkScroll) {
                region.removeAttribute('tabindex');
                region.removeAttribute('role');
                region.removeAttribute('aria-label');
                delete region.dataset.lkScroll;
            }
        });
    },

    /** The nearest heading before an element (or its table's caption), else the page's title. */
    nameOf: function (element) {
        var caption = element.querySelector('caption');
        if (caption && caption.textContent.trim()) {
            return caption.textContent.trim();
        }
        for (var node = element; node && node !== document.body; node = node.parentElement) {
            for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
                var heading = before.matches('h1, h2, h3, h4') ? before : null;
                if (heading && heading.textContent.trim()) {
                    return heading.textContent.trim();
                }
            }
        }
        return document.title;
    },

    /**
     * A dialog that closes gives the focus back to the control that opened it. PrimeFaces remembers
     * what had the focus when the dialog opened; but a button that sent a request is disabled while
     * it waits, which drops its focus, so the dialog would remember the page itself or whatever an
     * earlier answer focused. So the control pressed just before is taken (outside the dialog),
     * found again by its id if the answer replaced it.
     */
    returnFocusToOpener: function () {
        var Dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
        if (!Dialog) {
            return;
        }
        var show = Dialog.prototype.show;
        Dialog.prototype.show = function () {
            var opening = !this.isVisible();
            var result = show.apply(this, arguments);
            var pressed = lk.pressed;
            if (opening && pressed && Date.now() - pressed.at < 30000 && !this.jq[0].contains(pressed.control)) {
                this.focusedElementBeforeDialogOpened = pressed.control;
            }
            return result;
        };
        // PrimeFaces' own gives up when the control is still disabled, as a button that opened the
        // dialog is until its request has finished: so it is tried again for a few seconds, unless the
        // user has put the focus somewhere else meanwhile.
        Dialog.prototype.returnFocus = function () {
            var opener = this.focusedElementBeforeDialogOpened;
            var dialog = this.jq[0];
            if (!opener || jQuery('.ui-dialog:visible').length) {
                return;
            }
            var id = opener.id;
            var tries = 0;
            var attempt = function () {
                var active = document.activeElement;
                if (active && active !== document.body && !dialog.contains(active)) {
                    return;
                }
                if (!document.contains(opener) && id) {
                    opener = document.getElementById(id);
                }
                if (opener && !opener.disabled) {
                    opener.focus({preventScroll: true});
                } else if (opener && tries++ < 30) {
                    window.setTimeout(attempt, 100);
                }
            };
            window.setTimeout(attempt, 0);
        };
    },

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
    var control = event.target.closest && event.target.closest('button, input[type="submit"], .ui-button, .ui-commandlink');
    if (control) {
        lk.pressed = {control: control, at: Date.now()};
        lk.sent = {at: Date.now(), errorsBefore: new Set(document.querySelectorAll(lk.ERRORS + ', ' + lk.INVALID))};
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
            var sent = lk.sent;
            // After PrimeFaces has put the answer in the page and shown or hidden its dialogs.
            window.setTimeout(lk.keepDialogsInView, 0);
            if (sent && Date.now() - sent.at < 30000) {
                lk.sent = null;
                window.setTimeout(function () {
                    lk.showError(sent);
                }, 0);
            }
        });
    }
    lk.returnFocusToOpener();
    lk.scrollRegionsFocusable();
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(lk.scrollRegionsFocusable, 0);
        });
    }
    var resized = null;
    window.addEventListener('resize', function () {
        window.clearTimeout(resized);
        resized = window.setTimeout(lk.scrollRegionsFocusable, 150);
    });
});
