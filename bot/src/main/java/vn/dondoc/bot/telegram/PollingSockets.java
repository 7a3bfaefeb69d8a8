package vn.dondoc.bot.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * The sockets of the long poll, so that stopping can close them: a thread blocked reading Telegram's
 * answer (up to its long-poll timeout) is not woken by an interrupt, only by closing its socket.
 */
final class PollingSockets extends SocketFactory {

    private final SocketFactory plain = SocketFactory.getDefault();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    @Override
    public Socket createSocket() throws IOException {
        return track(plain.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(plain.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(plain.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(plain.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return track(plain.createSocket(address, port, localAddress, localPort));
    }

    /** Closes every socket of the poll; none is opened after this. */
    void closeAll() {
        closed = true;
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is all we wanted; a socket that fails to close is gone anyway.
            }
        }
        open.clear();
    }

    private Socket track(Socket socket) throws IOException {
        if (closed) {
            socket.close();
            throw new IOException("stopping");
        }
        open.removeIf(Socket::isClosed);
        open.add(socket);
        return socket;
    }
}
