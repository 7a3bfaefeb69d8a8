/** Vietnamese text handling on the JDK: NFC normalisation and diacritics folding for matching. */
package vn.dondoc.scheduler.text;
