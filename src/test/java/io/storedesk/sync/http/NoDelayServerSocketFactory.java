package io.storedesk.sync.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes an answer's head and body
 * separately; with Nagle's algorithm on, the body waits for the client's delayed ACK, about 40 ms on Linux
 * loopback, which would swamp any timing measured against the server.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket socket = super.accept();
                socket.setTcpNoDelay(true);
                return socket;
            }
        };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return bound(new InetSocketAddress(port), 50);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(new InetSocketAddress(port), backlog);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return bound(new InetSocketAddress(address, port), backlog);
    }

    private ServerSocket bound(InetSocketAddress address, int backlog) throws IOException {
        ServerSocket socket = createServerSocket();
        socket.bind(address, backlog);
        return socket;
    }
}
