-- E-mail addresses of accounts are stored in lower case (issue 12), so that logging in by e-mail
-- address and the check for an address in use compare plainly and use ix_account_email.

UPDATE account SET email = LOWER(email);
