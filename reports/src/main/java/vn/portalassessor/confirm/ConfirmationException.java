package vn.portalassessor.confirm;

/**
 * A confirmation command that cannot be carried out as asked (a closed round, a decision without a
 * dispute to accept, an unknown agency): nothing was recorded, and the message says what to do.
 */
public class ConfirmationException extends IllegalArgumentException {

    public ConfirmationException(String message) {
        super(message);
    }
}
