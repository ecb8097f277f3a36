;;; eglot-test.el --- run the Eglot setup from editors/README.md against the real server  -*- lexical-binding: t -*-

;; Run by editors/editors_test.go (TestEmacsEglot) as
;;   emacs --batch -q -l eglot-test.el
;; (-q, not -Q: Debian's elpa-eglot is put on the load path by site-start)
;; with SASGUARD_SNIPPET (the README's Emacs Lisp, saved to a file),
;; SASGUARD_FILE (a file in a git repository holding a token), SASGUARD_LINE
;; and SASGUARD_COLUMN (where the token starts, 1-based line, 0-based
;; column), and SASGUARD_SECRET (which no diagnostic may print). PATH leads
;; to the built sasguard, as it would after `go install`.

(require 'eglot)
(require 'flymake)
(require 'seq)

(defun sasguard-test-fail (fmt &rest args)
  (princ (concat "FAIL: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(load (getenv "SASGUARD_SNIPPET") nil t)

(find-file (getenv "SASGUARD_FILE"))
;; eglot-ensure (from the snippet's mode hook) connects from the command
;; loop's post-command-hook; batch Emacs has no command loop, so run it.
(run-hooks 'post-command-hook)
(let ((deadline (+ (float-time) 20)))
  (while (and (not (eglot-current-server)) (< (float-time) deadline))
    (accept-process-output nil 0.1)))
(unless (eglot-current-server)
  (sasguard-test-fail "no Eglot server for %s in %s" buffer-file-name major-mode))

(let ((deadline (+ (float-time) 20))
      (secret (getenv "SASGUARD_SECRET"))
      found)
  (while (and (not found) (< (float-time) deadline))
    ;; Flymake defers its first check until the buffer is shown, which never
    ;; happens in batch: start it by hand.
    (flymake-start)
    (accept-process-output nil 0.2)
    (setq found (seq-find (lambda (d) (string-match-p "Account SAS" (flymake-diagnostic-text d)))
                          (flymake-diagnostics))))
  (unless found
    (sasguard-test-fail "no sasguard diagnostic within 20 s; flymake has: %S"
                        (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
  (let ((text (flymake-diagnostic-text found))
        (want (save-excursion
                (goto-char (point-min))
                (forward-line (1- (string-to-number (getenv "SASGUARD_LINE"))))
                (+ (point) (string-to-number (getenv "SASGUARD_COLUMN"))))))
    (when (string-match-p (regexp-quote secret) text)
      (sasguard-test-fail "the diagnostic carries the whole secret"))
    (unless (eq (flymake-diagnostic-type found) 'eglot-error)
      (sasguard-test-fail "diagnostic type %S, want eglot-error" (flymake-diagnostic-type found)))
    (unless (= (flymake-diagnostic-beg found) want)
      (sasguard-test-fail "diagnostic starts at %d, want %d" (flymake-diagnostic-beg found) want))
    (princ (format "ok: %s\n" (car (split-string text "\n"))) #'external-debugging-output)))

(eglot-shutdown (eglot-current-server))
(kill-emacs 0)
