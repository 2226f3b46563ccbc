/// mizan's version.
public enum MizanVersion {
    public static let string = "0.1.0"
}
