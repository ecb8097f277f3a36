import requests

TOKEN = (
    "SharedAccessSignature sr=https%3A%2F%2Fs"
    "bpyfpmw3a39k.servicebus.windows.net%2For"
    "ders%2Fmessages&sig=5s4CF8kM%2BTfviSyLLM"
    "4%2BHTMgPgX8VAvxymlmlzxM5Qw%3D&se=181434"
    "2400&skn=sender"
)

def send(body: str) -> None:
    requests.post("https://sbpyfpmw3a39k.servicebus.windows.net/orders/messages",
                  headers={"Authorization": TOKEN}, data=body, timeout=10)
