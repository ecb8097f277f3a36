#ifndef SB_CONFIG_H
#define SB_CONFIG_H

#define SB_CONNECTION_STRING \
    "Endpoint=sb://sb-quill-edge.servicebus.windows.net/;" \
    "SharedAccessKeyName=edge-manage;" \
    "SharedAccessKey=yO9LN+debnNvKGhiv98Srnk+NmCKu4TFK+ASbGHVlwA="

#endif
