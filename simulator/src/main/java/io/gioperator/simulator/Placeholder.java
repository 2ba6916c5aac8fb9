package io.gioperator.simulator; public final class Placeholder {}
