-- Invitations (issue 12): an account can be invited before it can log in. Existing accounts are
-- active. An invitee's password_hash is "!", which matches no password.

ALTER TABLE account ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIEF';
CREATE INDEX ix_account_email ON account (email);
