package io.gioperator.vsphere.xml;

/** XML that is malformed, refused (DOCTYPE, too deep) or does not have the expected shape. */
public class XmlFormatException extends RuntimeException {

    public XmlFormatException(String message) {
        super(message);
    }

    public XmlFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
