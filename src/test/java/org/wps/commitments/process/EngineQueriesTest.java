package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

/** {@link EngineQueries#all}: every page in turn, never an unpaged {@code list()}, stopping at a short page. */
class EngineQueriesTest {

    @Test
    void readsPageAfterPageUntilAShortOne() {
        UserQuery query = mock(UserQuery.class);
        List<User> first = List.of(mock(User.class), mock(User.class));
        List<User> second = List.of(mock(User.class), mock(User.class));
        List<User> last = List.of(mock(User.class));
        when(query.listPage(0, 2)).thenReturn(first);
        when(query.listPage(2, 2)).thenReturn(second);
        when(query.listPage(4, 2)).thenReturn(last);

        assertThat(EngineQueries.all(query, 2))
                .containsExactly(first.get(0), first.get(1), second.get(0), second.get(1), last.get(0));
        verify(query).listPage(0, 2);
        verify(query).listPage(2, 2);
        verify(query).listPage(4, 2);
        verifyNoMoreInteractions(query);
    }

    @Test
    void anExactMultipleEndsOnAnEmptyPage() {
        UserQuery query = mock(UserQuery.class);
        List<User> full = List.of(mock(User.class), mock(User.class));
        when(query.listPage(0, 2)).thenReturn(full);
        when(query.listPage(2, 2)).thenReturn(List.of());

        assertThat(EngineQueries.all(query, 2)).isEqualTo(full);
        assertThat(EngineQueries.PAGE)
                .as("below query-max-results-limit (2000)")
                .isLessThanOrEqualTo(2000);
    }
}
