#include "serve/preview_server.hpp"

#include <fmt/format.h>
#include <httplib.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace overblik {

namespace {

constexpr const char* kHost = "127.0.0.1";
// Each open page holds a thread with its event stream, and a browser keeps a
// few idle connections besides: more threads than httplib's default 8.
constexpr size_t kThreads = 32;
// A stream whose page has gone is only noticed when something is written to it.
constexpr auto kKeepAlive = std::chrono::seconds(15);
// Event streams hold their thread for as long as the page is open: at most
// this many at once, so that at least half the threads answer page requests
// however many tabs (or a hostile page) open streams.
constexpr int kMaxStreams = static_cast<int>(kThreads / 2);

/// True for a Host header naming this machine's loopback address, with or
/// without a port: a page on another site that rebinds its DNS name to
/// 127.0.0.1 still sends its own name, and gets nothing.
bool is_local_host(std::string_view host) {
  std::string name(host);
  std::string_view port;
  if (!name.empty() && name[0] == '[') {
    const size_t close = name.find(']');
    if (close == std::string::npos) return false;
    port = std::string_view(host).substr(close + 1);
    name = name.substr(0, close + 1);
  } else if (const size_t colon = name.find(':'); colon != std::string::npos) {
    port = std::string_view(host).substr(colon);
    name = name.substr(0, colon);
  }
  if (!port.empty()) {
    if (port.size() < 2 || port[0] != ':' || port.size() > 6) return false;
    for (char c : port.substr(1))
      if (c < '0' || c > '9') return false;
  }
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

void refuse(httplib::Response& res, int status, std::string_view why) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_header("Connection", "close");
  res.set_content(std::string(why) + "\n", "text/plain; charset=utf-8");
}

/// Answers, before any body is read, what the preview does not serve: a
/// foreign Host (421), a method other than GET and HEAD (405), a request
/// with a body (413). Returns true when it answered.
bool refused(const httplib::Request& req, httplib::Response& res) {
  if (!is_local_host(req.get_header_value("Host"))) {
    refuse(res, 421, "overblik serve answers only requests for 127.0.0.1, localhost or [::1]");
    return true;
  }
  if (req.method != "GET" && req.method != "HEAD") {
    refuse(res, 405, "overblik serve answers GET and HEAD only");
    res.set_header("Allow", "GET, HEAD");
    return true;
  }
  const std::string length = req.get_header_value("Content-Length");
  if ((!length.empty() && length != "0") || req.has_header("Transfer-Encoding")) {
    refuse(res, 413, "overblik serve takes no request bodies");
    return true;
  }
  return false;
}

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
  http_->set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    return refused(req, res) ? httplib::Server::HandlerResponse::Handled
                             : httplib::Server::HandlerResponse::Unhandled;
  });
  http_->Get(kEventsPath, [this](const httplib::Request& req, httplib::Response& res) {
    if (streams_.fetch_add(1) >= kMaxStreams) {
      --streams_;
      refuse(res, 503, "too many open preview pages; close some and reload");
      return;
    }
    auto stream = std::make_shared<EventStream>();
    if (req.has_param("since")) stream->since = req.get_param_value("since");
    res.set_header("Cache-Control", "no-store");
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, stream](size_t, httplib::DataSink& sink) { return next_event(*stream, sink); },
        [this](bool) { --streams_; });
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
