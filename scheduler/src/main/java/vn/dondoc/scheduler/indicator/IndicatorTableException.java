package vn.dondoc.scheduler.indicator;

import java.util.List;
import vn.dondoc.scheduler.error.DondocException;

/** An indicator table's header with no indicator under it: nothing was written. */
public final class IndicatorTableException extends DondocException {

    private static final long serialVersionUID = 1L;

    IndicatorTableException(int headerLine) {
        super(Kind.BAD_INPUT, IndicatorError.NO_INDICATOR_ROWS, null, List.of(headerLine).toArray());
    }
}
