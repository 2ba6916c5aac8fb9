package io.gioperator.e2e; public final class Placeholder {}
