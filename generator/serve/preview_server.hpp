#pragma once
// The HTTP side of `overblik serve`: answers requests from the current
// PreviewSite and streams reload events to the open pages (server-sent
// events on /_overblik/events). cpp-httplib stays inside the .cpp.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "serve/preview_site.hpp"

namespace httplib {
class DataSink;
class Server;
}  // namespace httplib

namespace overblik {

/// The path of the live-reload event stream.
inline constexpr const char* kEventsPath = "/_overblik/events";

class PreviewServer {
 public:
  /// Binds 127.0.0.1:`port` (0: a free port, see port()); only this machine
  /// can connect, and only requests that name it (Host: 127.0.0.1,
  /// localhost or [::1]) with GET or HEAD and no body are answered. Throws std::runtime_error when
  /// the port cannot be had.
  PreviewServer(int port, std::shared_ptr<const PreviewSite> site);
  /// Stops the server if it is still running.
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  int port() const { return port_; }

  /// Starts answering requests, on threads of the server's own.
  void start();
  /// Serves `site` from now on (an atomic swap: a request sees the old site
  /// or the new one) and sends every open page a reload event.
  void publish(std::shared_ptr<const PreviewSite> site);
  /// Ends the event streams, closes the port and waits for the server's threads.
  void stop();

 private:
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> listen_returned_{false};

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::shared_ptr<const PreviewSite> site_;  // guarded by mutex_
  bool closing_ = false;                     // guarded by mutex_
  std::atomic<int> streams_{0};              // open event streams

  struct EventStream;

  std::shared_ptr<const PreviewSite> current() const;
  void route();
  /// Writes the next event of one stream: at once when the page is older
  /// than the site, else after the next publish (or a keep-alive comment).
  bool next_event(EventStream& stream, httplib::DataSink& sink);
};

}  // namespace overblik
