package vn.portalassessor.cli;

/** A command used wrongly in a way its options cannot express (an output folder in use): exit code 2. */
final class UsageException extends IllegalArgumentException {

    UsageException(String message) {
        super(message);
    }
}
