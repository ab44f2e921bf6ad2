#include "serve/preview_server.hpp"

#include <fmt/format.h>
#include <httplib.h>
#include <signal.h>

#include <chrono>
#include <stdexcept>

#include "support/file_system.hpp"

namespace overblik {

namespace {

constexpr const char* kHost = "127.0.0.1";
// Each open page holds a thread with its event stream, and a browser keeps a
// few idle connections besides: more threads than httplib's default 8.
constexpr size_t kThreads = 32;
// A stream whose page has gone is only noticed when something is written to it.
constexpr auto kKeepAlive = std::chrono::seconds(15);

std::string event(std::string_view name, std::string_view data) {
  return fmt::format("event: {}\ndata: {}\n\n", name, data);
}

void send(const PreviewSite& site, const std::string& path, httplib::Response& res) {
  PreviewResponse r = site.respond(path);
  res.set_header("Cache-Control", "no-store");
  if (!r.location.empty()) {
    res.set_redirect(r.location, r.status);
    return;
  }
  if (!r.file.empty()) {
    std::string error;
    if (auto bytes = DiskFileSystem().read(r.file, &error)) {
      r.body = std::move(*bytes);
    } else {
      r = PreviewResponse{404,
                          content_type_for(".txt"),
                          fmt::format("cannot read {}: {}\n", r.file, error),
                          {},
                          {}};
    }
  }
  res.status = r.status;
  res.body = std::move(r.body);
  res.set_header("Content-Type", r.content_type);
}

}  // namespace

struct PreviewServer::EventStream {
  std::string since;  // the version of the site the page shows, if it said
  std::string seen;   // the version this stream last told about
  bool started = false;
};

PreviewServer::PreviewServer(int port, std::shared_ptr<const PreviewSite> site)
    : http_(std::make_unique<httplib::Server>()), site_(std::move(site)) {
  http_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  // Idle keep-alive connections delay stop() by up to this long.
  http_->set_keep_alive_timeout(1);
  route();
  port_ =
      port == 0 ? http_->bind_to_any_port(kHost) : (http_->bind_to_port(kHost, port) ? port : -1);
  if (port_ <= 0)
    throw std::runtime_error(
        port == 0 ? fmt::format("cannot listen on {}: no free port", kHost)
                  : fmt::format("cannot listen on {}:{}: is another server using the port? "
                                "Choose another with --port, or --port 0 for any free one",
                                kHost, port));
}

PreviewServer::~PreviewServer() {
  stop();
}

std::shared_ptr<const PreviewSite> PreviewServer::current() const {
  std::lock_guard lock(mutex_);
  return site_;
}

void PreviewServer::publish(std::shared_ptr<const PreviewSite> site) {
  {
    std::lock_guard lock(mutex_);
    site_ = std::move(site);
  }
  changed_.notify_all();
}

bool PreviewServer::next_event(EventStream& stream, httplib::DataSink& sink) {
  std::unique_lock lock(mutex_);
  if (!stream.started) {
    stream.started = true;
    stream.seen = site_->version();
    // retry: reconnect soon after a restart of the server; the comment makes
    // the response start, so that a client knows it is listening.
    std::string out = "retry: 1000\n: listening\n\n";
    if (!stream.since.empty() && stream.since != stream.seen) out += event("reload", stream.seen);
    lock.unlock();
    return sink.write(out.data(), out.size());
  }
  const bool woken = changed_.wait_for(lock, kKeepAlive,
                                       [&] { return closing_ || site_->version() != stream.seen; });
  if (closing_) {
    lock.unlock();
    sink.done();
    return true;
  }
  std::string out = ": keep-alive\n\n";
  if (woken) {
    stream.seen = site_->version();
    out = event("reload", stream.seen);
  }
  lock.unlock();
  return sink.write(out.data(), out.size());
}

void PreviewServer::route() {
  http_->Get(kEventsPath, [this](const httplib::Request& req, httplib::Response& res) {
    auto stream = std::make_shared<EventStream>();
    if (req.has_param("since")) stream->since = req.get_param_value("since");
    res.set_header("Cache-Control", "no-store");
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, stream](size_t, httplib::DataSink& sink) { return next_event(*stream, sink); });
  });
  http_->Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) {
    send(*current(), req.path, res);
  });
}

void PreviewServer::start() {
  thread_ = std::thread([this] {
    // A page closed mid-response must fail the write, not kill the process
    // with SIGPIPE; the server's worker threads inherit this mask.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    http_->listen_after_bind();
    listen_returned_ = true;
  });
  // stop() before the server runs would not reach it: wait until it does.
  while (!http_->is_running() && !listen_returned_)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void PreviewServer::stop() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  http_->stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace overblik
