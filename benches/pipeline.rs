//! Throughput of the pipeline on generated agreements of growing size.

mod corpus;

use std::hint::black_box;
use std::path::Path;

use covenant::check::{Levels, check};
use covenant::model::load_text;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn parse_and_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_and_check");
    for lines in [300, 3_000, 30_000] {
        let text = corpus::agreement(1, corpus::Shape::of_lines(lines));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &text, |b, text| {
            b.iter(|| {
                let loaded = load_text(Path::new("bench.covenant"), "bench.covenant", text.clone());
                black_box(check(&loaded, &Levels::default()))
            });
        });
    }
    group.finish();
}

fn parse_only(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for lines in [300, 30_000] {
        let text = corpus::agreement(1, corpus::Shape::of_lines(lines));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &text, |b, text| {
            b.iter(|| black_box(covenant::syntax::parse(covenant::source::FileId(0), text)));
        });
    }
    group.finish();
}

criterion_group!(benches, parse_and_check, parse_only);
criterion_main!(benches);
