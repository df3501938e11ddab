package org.minewatch.domain.release;

import java.util.List;

/** The company a release is of, as its text names it ("Fortuna Silver Mines Inc."), with the tickers it gives ("NYSE: FSM"). */
public record ReleaseIssuer(String name, List<String> tickers, int line) {

    public ReleaseIssuer {
        tickers = List.copyOf(tickers);
    }
}
