/* The platform's own few lines of script, beside PrimeFaces'. */
var lk = {
    /** After a form was sent: bring its first error into view, also when it is at the top of a long page. */
    showError: function () {
        var fout = document.querySelector('.ui-messages-error, .ui-message-error');
        if (fout) {
            fout.scrollIntoView({block: 'center'});
        }
    }
};
