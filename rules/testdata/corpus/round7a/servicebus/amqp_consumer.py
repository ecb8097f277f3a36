"""Drain the dead-letter queue over plain AMQP 1.0 (qpid-proton)."""
from proton.handlers import MessagingHandler
from proton.reactor import Container

# amqps://<policy>:<url-encoded key>@<namespace>/<entity>
URL = "amqps://listen:4PYvsWXQyhPwAa4NCe7dvGr6OKqXeJv6Vs3WJE%2BPMOs%3D@events-vd9l.servicebus.windows.net:5671"
ADDRESS = "orders/$DeadLetterQueue"


class Drain(MessagingHandler):
    def on_start(self, event):
        conn = event.container.connect(URL)
        event.container.create_receiver(conn, ADDRESS)

    def on_message(self, event):
        print(event.message.body)


Container(Drain()).run()
