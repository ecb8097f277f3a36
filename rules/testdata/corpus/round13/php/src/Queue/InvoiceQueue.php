<?php
namespace App\Queue;

final class InvoiceQueue
{
    private const TOKEN = 'SharedAccessSignature sr=https%3A%2F%2Fsb-php-9oc7zjtn7r.servicebus.windows.net%2Finvoices&sig=3dcR%2BB%2FrgLZE7kUKrEIgqHEymoZJcXwec6c4Y28pWH4%3D&se=1893456000&skn=send';
    private const AUDIT_TABLE = 'https://sthclmfe2x02.table.core.windows.net/auditlog?sv=2019-02-02&se=2028-03-31T23%3A59%3A59Z&sp=rau&sig=ohdv6gF3hOU6o8B2MjgqeaOAIfMHWz7cVlzYp5hmFtk%3D&tn=auditlog';

    public function send(array $invoice): void
    {
        $ch = curl_init('https://sb-php-9oc7zjtn7r.servicebus.windows.net/invoices/messages');
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: ' . self::TOKEN, 'Content-Type: application/json']);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($invoice));
        curl_exec($ch);
    }
}
