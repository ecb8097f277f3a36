;;;; config.lisp -- spectrometer upload settings
(in-package #:spectra-upload)

(defparameter *azure*
  '(:account "fbsensorlisp3"
    :account-key "ndFLTBqR14/I4dZNFbCMjZyfKlXK+BhWk8H23bPlPRbrXvHTRy4t0dEBq+SvjDnXJkNeFB3JgbDfeL3JeguQyg=="
    :container "spectra"
    :sas (uiop:getenv "SPECTRA_SAS")
    :endpoint-suffix "core.windows.net")
  "Upload target. TODO(jk): move to the OS keyring.")

(defun blob-url (name)
  (format nil "https://~A.blob.core.windows.net/~A/~A?~A"
          (getf *azure* :account) (getf *azure* :container) name (getf *azure* :sas)))
