package com.contoso.bus;

import static org.mockito.Mockito.*;

import org.junit.jupiter.api.Test;

class OrderPublisherTest {

    @Test
    void publishesWithCachedToken() {
        TokenProvider tokens = mock(TokenProvider.class);
        when(tokens.getToken()).thenReturn("SharedAccessSignature sr=https%3A%2F%2Fsb-08fwcz6jwb.servicebus.windows.net%2Forders&sig=cX68NDfiORxD5WbxH5lmmngVaNKnCJ68uzq%2BzIq8P%2Fs%3D&se=1845936000&skn=send");

        OrderPublisher publisher = new OrderPublisher(tokens);
        publisher.publish(new Order("A-1001"));

        verify(tokens, times(1)).getToken();
    }

    @Test
    void buildsFromConnectionString() {
        String cs = new StringBuilder()
            .append("Endpoint=sb://sb-cur955sm75.servicebus.windows.net/")
            .append(";SharedAccessKeyName=publisher")
            .append(";SharedAccessKey=")
            .append("K+qD9Y7Ws5VrhpgQENZ1zRBZ/934ax1al2EmS8MjFU8=")
            .toString();
        assertNotNull(OrderPublisher.fromConnectionString(cs));
    }
}
