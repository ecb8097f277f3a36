using Microsoft.Azure.Relay;

class RelayListener
{
    const string Conn = "Endpoint=sb://blexoiiq4195b2.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=CSvzaLwK6vn4jJOl2j8zv5NSER9cle7dJ+ARmDoS1DU=;EntityPath=erp-bridge";
    const string TestKey = "0OLdqfqOMMr1kQUFmlJ5KbEGRRkh3KmJ5+ARmLSIA0E=";
}
